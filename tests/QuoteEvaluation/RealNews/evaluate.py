#!/usr/bin/env python3
"""Scores QuoteExtractor on real news: the quotes-dev set (development part and frozen held-out part) and our
own labelled Postlight stories. Texts are read (or rebuilt from the saved pages) from ../shared at run time;
nothing third-party is stored in this repository.

    python3 tests/QuoteEvaluation/RealNews/evaluate.py [--shared DIR] [--quiet]
        [--part dev|frozen|own|own-new|own-new2|dragnet-dev|dragnet-check]

The dragnet parts are 2012 wire and broadcast news stories (AP, CBS, CNN, NYT, AFP) from Dragnet's gold body texts
(../shared/corpora/body-gold/dragnet_data/GoldStandard, laid out by tests/WebArticleEvaluation/fetch-body-gold.sh),
chosen by `dragnet_selection` and split by a fixed hash of the file name: `dragnet-dev` may be studied,
`dragnet-check` is for figures only (never look at its misses).

Uses the set's own scorer (score.py: detection and one-to-one P/R/F1, strict and surname-only speaker scores, by
kind and tag) and adds a `tag:person` category (gold quotes with a named speaker that is neither `org` nor
`group`). Every error is printed with its category (kind and tags).
"""
import argparse
import copy
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def with_person_tag(labels):
    labels = copy.deepcopy(labels)
    for rec in labels:
        for q in rec["quotes"]:
            if q.get("speaker") and "org" not in q["tags"] and "group" not in q["tags"]:
                q["tags"] = list(q["tags"]) + ["person"]
    return labels


def predict(articles_dir, out_path):
    subprocess.run(["dotnet", "run", "--project", os.path.join(REPO, "tests", "QuoteEvaluation"), "-c", "Release",
                    "--", "--predict", articles_dir, out_path], check=True, stdout=sys.stderr)


def run_part(scorer, title, labels, preds_path, quiet):
    labels = with_person_tag(labels)
    preds = scorer.load_predictions(preds_path)
    preds = {k: v for k, v in preds.items() if k in {r["file"] for r in labels}}
    m, errors = scorer.score(labels, preds)
    print(f"\n===== {title}: {len(labels)} articles =====")
    scorer.report(m, errors, quiet=True)
    if not quiet:
        gold = {(r["file"], q["text"]): q for r in labels for q in r["quotes"]}

        def category(file, text):
            q = gold.get((file, text))
            return "[" + q["kind"] + (" " + ",".join(q["tags"]) if q and q["tags"] else "") + "]" if q else "[?]"
        print("\nERRORS (with category)")
        print(f"missed ({len(errors['missed'])}):")
        for e in errors["missed"]:
            print(f"  {e['file']}: {category(e['file'], e['text'])} {e['speaker']}: {e['text'][:100]!r}")
        print(f"false positives ({len(errors['false_positive'])}):")
        for e in errors["false_positive"]:
            print(f"  {e['file']}: [spurious] {e['speaker']}: {e['text'][:100]!r}")
        print(f"duplicates ({len(errors['duplicate'])}):")
        for e in errors["duplicate"]:
            print(f"  {e['file']}: [split-in-pieces] {e['text'][:80]!r}  (gold: {e['same_as'][:60]!r})")
        print(f"speaker errors ({len(errors['speaker'])}):")
        for e in errors["speaker"]:
            print(f"  {e['file']}: {category(e['file'], e['text'])} gold {e['gold']} / predicted {e['predicted']}"
                  f"{'  (surname ok)' if e['lenient_ok'] else ''}: {e['text'][:80]!r}")
    return m


def own_labels(shared, out_dir, labels_file):
    """Rebuilds our own stories' texts from the Postlight pages and turns the offset labels into quote records."""
    rebuild = load_module(os.path.join(shared, "corpora", "quotes-dev", "rebuild.py"), "rebuild")
    with open(os.path.join(HERE, labels_file), encoding="utf-8") as f:
        own = json.load(f)
    pages = os.path.join(shared, "corpora", "postlight", "pages")
    with open(os.path.join(shared, "corpora", "postlight", "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    labels = []
    for rec in own:
        text = rebuild.render(pages, expected, rec["page"], rec["options"])
        with open(os.path.join(out_dir, rec["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        quotes = []
        for q in rec["quotes"]:
            # a quote is one or more [start, end) ranges of the rebuilt text (Python code-point offsets), joined by a space
            parts = [text[a:b] for a, b in q["ranges"]]
            quotes.append(dict(text=" ".join(parts), speaker=q.get("speaker"), kind=q["kind"], tags=q.get("tags", []),
                               optional=q.get("optional", False)))
        labels.append(dict(file=rec["file"], page=rec["page"], quotes=quotes))
    return labels


DRAGNET_GOLD = os.path.join("corpora", "body-gold", "dragnet_data", "GoldStandard")
# a news dateline: a wire or broadcaster credit in brackets, or an upper-case place name before a dash
DRAGNET_DATELINE = re.compile(r"\((AP|Reuters|CBS News|CBS|AFP|CNN|MoneyWatch|CBS/AP)\)"
                              r"|^[A-Z][A-Z .,']{2,40}(\([A-Za-z ]+\))? ?(-|--|\u2014) ", re.M)


def dragnet_text(raw):
    """Dragnet gold text as a quotes-dev article: CRLF to LF, paragraphs at blank lines, each paragraph's white space
    collapsed to single spaces, the first paragraph as the title line."""
    t = raw.replace("\r\n", "\n").replace("\r", "\n")
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n[ \t\u00a0]*\n", t)]
    paras = [p for p in paras if p]
    return paras[0] + "\n\n" + "\n\n".join(paras[1:]) + "\n"


def dragnet_selection(gold_dir):
    """The stories labelled: UTF-8 texts of at most 6,000 characters with a news dateline, three or more said/says and
    ten or more double quote marks, most quote marks first. 17 files qualify; all were labelled."""
    rows = []
    for f in sorted(os.listdir(gold_dir)):
        try:
            t = open(os.path.join(gold_dir, f), "rb").read().decode("utf-8")
        except UnicodeDecodeError:
            continue
        marks = t.count('"') + t.count("\u201c") + t.count("\u201d")
        if len(t) <= 6000 and len(re.findall(r"\b(said|says)\b", t)) >= 3 and DRAGNET_DATELINE.search(t) and marks >= 10:
            rows.append((-marks, f))
    return [f for _, f in sorted(rows)]


def dragnet_part(name):
    """`dragnet-dev` or `dragnet-check`, fixed by the first byte of the SHA-256 of the gold file's name."""
    return "dragnet-dev" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "dragnet-check"


def dragnet_labels(shared, out_dir, part):
    """Writes the part's Dragnet stories as article texts and turns the offset labels into quote records."""
    gold = os.path.join(shared, DRAGNET_GOLD)
    with open(os.path.join(HERE, "dragnet-labels.json"), encoding="utf-8") as f:
        recs = json.load(f)
    if sorted(r["source"] for r in recs) != sorted(dragnet_selection(gold)):
        print("warning: the Dragnet selection rule no longer gives the labelled files", file=sys.stderr)
    labels = []
    for rec in recs:
        if dragnet_part(rec["source"]) != part:
            continue
        with open(os.path.join(gold, rec["source"]), "rb") as f:
            text = dragnet_text(f.read().decode("utf-8"))
        with open(os.path.join(out_dir, rec["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        quotes = [dict(text=" ".join(text[a:b] for a, b in q["ranges"]), speaker=q.get("speaker"), kind=q["kind"],
                       tags=q.get("tags", []), optional=q.get("optional", False)) for q in rec["quotes"]]
        labels.append(dict(file=rec["file"], page=rec["source"], quotes=quotes))
    return labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--part", choices=["dev", "frozen", "own", "own-new", "own-new2", "dragnet-dev", "dragnet-check"], action="append")
    a = ap.parse_args()
    parts = a.part or ["dev", "frozen", "own", "own-new", "own-new2", "dragnet-dev", "dragnet-check"]
    dev_dir = os.path.join(a.shared, "corpora", "quotes-dev")
    scorer = load_module(os.path.join(dev_dir, "score.py"), "score")
    with open(os.path.join(dev_dir, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    with open(os.path.join(HERE, "frozen.txt"), encoding="utf-8") as f:
        frozen = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        if "dev" in parts or "frozen" in parts:
            preds = os.path.join(tmp, "dev.jsonl")
            predict(os.path.join(dev_dir, "articles"), preds)
            if "dev" in parts:
                results["dev"] = run_part(scorer, "quotes-dev, development part",
                                          [r for r in labels if r["file"] not in frozen], preds, a.quiet)
            if "frozen" in parts:
                results["frozen"] = run_part(scorer, "quotes-dev, frozen held-out part",
                                             [r for r in labels if r["file"] in frozen], preds, a.quiet)
        # own: the first 22 stories labelled for issue 12; own-new: 18 more labelled later (speakers3), kept apart
        # so each set's figures stay comparable over time; own-new2: 13 more (speakers4), labelled before the extractor
        # was run on them and kept as the check on generalisation (not tuned on)
        for part, labels_file, title in (("own", "own-labels.json", "own Postlight stories"),
                                         ("own-new", "own-new-labels.json", "own Postlight stories, second batch"),
                                         ("own-new2", "own-new2-labels.json", "own Postlight stories, third batch")):
            if part not in parts or not os.path.exists(os.path.join(HERE, labels_file)):
                continue
            own_dir = os.path.join(tmp, part)
            os.makedirs(own_dir)
            own = own_labels(a.shared, own_dir, labels_file)
            preds = os.path.join(tmp, part + ".jsonl")
            predict(own_dir, preds)
            results[part] = run_part(scorer, title, own, preds, a.quiet)
        for part, title in (("dragnet-dev", "Dragnet 2012 news, development part"),
                            ("dragnet-check", "Dragnet 2012 news, check part (figures only)")):
            if part not in parts:
                continue
            part_dir = os.path.join(tmp, part)
            os.makedirs(part_dir)
            recs = dragnet_labels(a.shared, part_dir, part)
            preds = os.path.join(tmp, part + ".jsonl")
            predict(part_dir, preds)
            # the check part is for figures only: its misses are never printed
            results[part] = run_part(scorer, title, recs, preds, a.quiet or part == "dragnet-check")
    print("\n===== summary =====")
    print("part          det.F1  1:1 P  spk.P strict  spk.R strict  spk.P surname  spk.R surname")
    for k, m in results.items():
        print(f"{k:13} {m['detection']['f1']:6.1f}  {m['one_to_one']['precision']:5.1f}  {m['speaker']['strict_precision']:12.1f}"
              f"  {m['speaker']['strict_recall']:12.1f}  {m['speaker']['lenient_precision']:13.1f}  {m['speaker']['lenient_recall']:13.1f}")


if __name__ == "__main__":
    main()
