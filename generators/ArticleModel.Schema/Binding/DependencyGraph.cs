using System;
using System.Collections.Generic;

namespace ArticleModel.Schema.Binding;

/// <summary>
/// The dependencies between an article's fields: field <c>a</c> depends on field <c>b</c> when <c>b</c> is one of its
/// anchors or its <c>@quotes</c> source, so <c>b</c> must be located first. Every algorithm here is linear in nodes
/// plus edges (the ready set of <see cref="TopologicalOrder"/> adds a log factor) and iterative, so a schema of
/// hundreds of thousands of chained fields neither takes quadratic time nor overflows the stack.
/// </summary>
internal sealed class DependencyGraph
{
    private readonly List<int>[] _dependencies;

    /// <summary>A graph of <paramref name="count"/> nodes and no edges.</summary>
    public DependencyGraph(int count)
    {
        _dependencies = new List<int>[count];
        for (var i = 0; i < count; i++) _dependencies[i] = new List<int>();
    }

    /// <summary>The number of nodes.</summary>
    public int Count => _dependencies.Length;

    /// <summary>
    /// Records that <paramref name="node"/> needs <paramref name="dependency"/> first; self and out-of-range edges are
    /// ignored. Callers add each edge once (the binder keeps a field's references in a dictionary).
    /// </summary>
    public void AddDependency(int node, int dependency)
    {
        if (dependency < 0 || dependency >= Count || dependency == node) return;
        _dependencies[node].Add(dependency);
        _sortedEdges = null;
    }

    /// <summary>The nodes <paramref name="node"/> depends on, in the order added.</summary>
    public IReadOnlyList<int> DependenciesOf(int node) => _dependencies[node];

    /// <summary>
    /// Topological order: every node after its dependencies; among nodes that are ready, the lowest index goes first.
    /// Nodes in a cycle (callers remove them first) are appended in index order.
    /// </summary>
    public int[] TopologicalOrder()
    {
        var n = Count;
        var remaining = new int[n];
        var dependents = Dependents();
        for (var i = 0; i < n; i++) remaining[i] = _dependencies[i].Count;
        var ready = new SortedSet<int>();
        for (var i = 0; i < n; i++)
        {
            if (remaining[i] == 0) ready.Add(i);
        }
        var order = new List<int>(n);
        var done = new bool[n];
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            done[next] = true;
            foreach (var dependent in dependents[next])
            {
                if (--remaining[dependent] == 0) ready.Add(dependent);
            }
        }
        for (var i = 0; i < n; i++)
        {
            if (!done[i]) order.Add(i);
        }
        return order.ToArray();
    }

    /// <summary>
    /// Marks every node that depends, directly or through others, on a node already marked in <paramref name="marked"/>
    /// (which is updated in place): one breadth-first walk over the reversed edges.
    /// </summary>
    public void MarkDependents(bool[] marked)
    {
        var dependents = Dependents();
        var queue = new Queue<int>();
        for (var i = 0; i < Count; i++)
        {
            if (marked[i]) queue.Enqueue(i);
        }
        while (queue.Count > 0)
        {
            foreach (var dependent in dependents[queue.Dequeue()])
            {
                if (marked[dependent]) continue;
                marked[dependent] = true;
                queue.Enqueue(dependent);
            }
        }
    }

    /// <summary>
    /// The strongly connected components of more than one node (the dependency cycles), each listed from its lowest
    /// node, ordered by that node. Tarjan's algorithm with an explicit stack; edges visited in ascending order.
    /// </summary>
    public List<List<int>> Cycles()
    {
        var n = Count;
        var edges = SortedEdges();
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        for (var i = 0; i < n; i++) index[i] = -1;
        var stack = new Stack<int>();
        var result = new List<List<int>>();
        var counter = 0;
        // The call stack of the recursive formulation: (node, position in its edge list).
        var calls = new Stack<(int Node, int Edge)>();

        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            calls.Push((root, 0));
            while (calls.Count > 0)
            {
                var (v, e) = calls.Pop();
                if (e < edges[v].Count)
                {
                    calls.Push((v, e + 1));
                    var w = edges[v][e];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack[w] = true;
                        calls.Push((w, 0));
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }
                    continue;
                }
                // v is finished: pass its low link to its caller, and pop its component if it is a root.
                if (calls.Count > 0)
                {
                    var caller = calls.Peek().Node;
                    low[caller] = Math.Min(low[caller], low[v]);
                }
                if (low[v] != index[v]) continue;
                var component = new List<int>();
                int x;
                do
                {
                    x = stack.Pop();
                    onStack[x] = false;
                    component.Add(x);
                }
                while (x != v);
                if (component.Count > 1)
                {
                    component.Sort();
                    result.Add(component);
                }
            }
        }
        result.Sort((a, b) => a[0].CompareTo(b[0]));
        return result;
    }

    /// <summary>
    /// A shortest path from <paramref name="start"/> back to itself within <paramref name="component"/> (breadth
    /// first, edges in ascending order): the nodes of the cycle from <paramref name="start"/>, without repeating it.
    /// </summary>
    public List<int> ShortestCycle(int start, List<int> component)
    {
        var edges = SortedEdges();
        var within = new HashSet<int>(component);
        var previous = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var seen = new HashSet<int> { start };
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in edges[node])
            {
                if (!within.Contains(next)) continue;
                if (next == start)
                {
                    var path = new List<int> { node };
                    while (path[path.Count - 1] != start) path.Add(previous[path[path.Count - 1]]);
                    path.Reverse();
                    return path;
                }
                if (seen.Add(next))
                {
                    previous[next] = node;
                    queue.Enqueue(next);
                }
            }
        }
        return new List<int> { start };
    }

    private List<int>[]? _sortedEdges;

    private List<int>[] SortedEdges()
    {
        if (_sortedEdges is not null) return _sortedEdges;
        var sorted = new List<int>[Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = new List<int>(_dependencies[i]);
            sorted[i].Sort();
        }
        return _sortedEdges = sorted;
    }

    private List<int>[] Dependents()
    {
        var dependents = new List<int>[Count];
        for (var i = 0; i < dependents.Length; i++) dependents[i] = new List<int>();
        for (var i = 0; i < dependents.Length; i++)
        {
            foreach (var d in _dependencies[i]) dependents[d].Add(i);
        }
        return dependents;
    }
}
