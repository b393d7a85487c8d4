#!/usr/bin/env python3
"""Scores QuoteExtractor on real news: the quotes-dev set (development part and frozen held-out part) and our
own labelled Postlight stories. Texts are read (or rebuilt from the saved pages) from ../shared at run time;
nothing third-party is stored in this repository.

    python3 tests/QuoteEvaluation/RealNews/evaluate.py [--shared DIR] [--quiet]
        [--part dev|frozen|own|own-new|own-new2|dragnet-dev|dragnet-check|l3s-dev|l3s-check]

The dragnet parts are 2012 wire and broadcast news stories (AP, CBS, CNN, NYT, AFP) from Dragnet's gold body texts
(../shared/corpora/body-gold/dragnet_data/GoldStandard, laid out by tests/WebArticleEvaluation/fetch-body-gold.sh),
chosen by `dragnet_selection` and split by a fixed hash of the file name: `dragnet-dev` may be studied,
`dragnet-check` is for figures only (never look at its misses).

The l3s parts are 2008 Google News stories from L3S-GN1's gold texts (../shared/corpora/body-gold/page-signal-master/
GoldStandard, the same layout), the headline and full-text spans of each annotated page as an article text, chosen by
`l3s_selection` and split by a fixed hash of the file name: `l3s-dev` may be studied, `l3s-check` is for figures only.

Uses the set's own scorer (score.py: detection and one-to-one P/R/F1, strict and surname-only speaker scores, by
kind and tag) and adds a `tag:person` category (gold quotes with a named speaker that is neither `org` nor
`group`). Every error is printed with its category (kind and tags).
"""
import argparse
import copy
import hashlib
import html.parser
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


def hashed_part(name, dev, check):
    """`dev` or `check` for a gold file, fixed by the first byte of the SHA-256 of its name."""
    return dev if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else check


def offset_labels(gold, labels_name, selection, decode, part_prefix, out_dir, part):
    """Writes one part's stories of a gold-text set as article texts and turns their offset labels into quote
    records. `selection` gives the files the set's rule picks (a warning if the labels no longer match it), `decode`
    turns a gold file's bytes into the article text, and `part_prefix` names the parts (`<prefix>-dev`, `-check`)."""
    with open(os.path.join(HERE, labels_name), encoding="utf-8") as f:
        recs = json.load(f)
    if sorted(r["source"] for r in recs) != sorted(selection(gold)):
        print(f"warning: the {part_prefix} selection rule no longer gives the labelled files", file=sys.stderr)
    labels = []
    for rec in recs:
        if hashed_part(rec["source"], part_prefix + "-dev", part_prefix + "-check") != part:
            continue
        with open(os.path.join(gold, rec["source"]), "rb") as f:
            text = decode(f.read())
        with open(os.path.join(out_dir, rec["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        quotes = [dict(text=" ".join(text[a:b] for a, b in q["ranges"]), speaker=q.get("speaker"), kind=q["kind"],
                       tags=q.get("tags", []), optional=q.get("optional", False)) for q in rec["quotes"]]
        labels.append(dict(file=rec["file"], page=rec["source"], quotes=quotes))
    return labels


def dragnet_labels(shared, out_dir, part):
    """The Dragnet part's stories and quote records."""
    return offset_labels(os.path.join(shared, DRAGNET_GOLD), "dragnet-labels.json", dragnet_selection,
                         lambda raw: dragnet_text(raw.decode("utf-8")), "dragnet", out_dir, part)


L3S_GOLD = os.path.join("corpora", "body-gold", "page-signal-master", "GoldStandard")
# elements that end a paragraph of an L3S-GN1 page's text (their start and end both break), and elements with no end tag
L3S_BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table blockquote dd dt dl center form hr pre section"
                       " article".split())
L3S_VOID = frozenset("br hr img input meta link area base col embed param source wbr".split())
# how many stories the l3s parts take from the qualifying files (the lowest SHA-256 of the file name first)
L3S_STORIES = 28


class L3sGoldText(html.parser.HTMLParser):
    """The headline (x-nc-sel1) and full-text (x-nc-sel2) text of an L3S-GN1 annotated page: each text node counts once,
    under its nearest x-nc-sel mark (the marks nest), with a paragraph break at every block element's start and end.
    Character references are decoded by the HTML rules (numeric references in 128-159 as Windows-1252)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, x-nc-sel number or None) of the open elements
        self.title, self.paragraphs, self.current = [], [], []
        self.in_script = 0

    def _end_paragraph(self):
        if self.current:
            self.paragraphs.append("".join(self.current))
            self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in L3S_BLOCKS:
            self._end_paragraph()
        if tag in L3S_VOID:
            return
        mark = re.search(r"x-nc-sel(\d)", dict(attrs).get("class") or "")
        self.stack.append((tag, mark.group(1) if mark else None))
        if tag in ("script", "style"):
            self.in_script += 1

    def handle_endtag(self, tag):
        if tag in L3S_BLOCKS:
            self._end_paragraph()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:  # closes the nearest open element of that name and any left open inside it
                self.in_script -= sum(1 for t, _ in self.stack[i:] if t in ("script", "style"))
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.in_script:
            return
        mark = next((m for _, m in reversed(self.stack) if m is not None), None)
        if mark == "1":
            self.title.append(data)
        elif mark == "2":
            self.current.append(data)


def l3s_text(raw):
    """An L3S-GN1 gold page as a quotes-dev article: the headline text as the title line, then the full text's
    paragraphs, each with its white space collapsed to single spaces."""
    parser = L3sGoldText()
    parser.feed(raw)
    parser.close()
    parser._end_paragraph()
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in parser.paragraphs]
    return re.sub(r"\s+", " ", " ".join(parser.title)).strip() + "\n\n" + "\n\n".join(p for p in paragraphs if p) + "\n"


def l3s_decode(raw):
    """The fixed decoding rule: UTF-8, or Windows-1252 when the bytes are not UTF-8 (all 621 files are UTF-8 today)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def l3s_selection(gold_dir):
    """The stories labelled: texts (as `l3s_text` gives them) of at most 5,000 characters with three or more said/says,
    14 or more double quote marks and fewer than three signs that the crawl replaced curly quote marks by `?` (a `?`
    before a letter, or after a letter, comma or full stop and before another `?`); of the 88 that qualify, the 28 with
    the lowest SHA-256 of the file name."""
    rows = []
    for f in sorted(os.listdir(gold_dir)):
        with open(os.path.join(gold_dir, f), "rb") as fh:
            t = l3s_text(l3s_decode(fh.read()))
        marks = t.count('"') + t.count("\u201c") + t.count("\u201d")
        lost_marks = len(re.findall(r"\?[A-Za-z]|[a-z,.]\?\?", t))
        if len(t) <= 5000 and len(re.findall(r"\b(said|says)\b", t)) >= 3 and marks >= 14 and lost_marks < 3:
            rows.append((hashlib.sha256(f.encode()).hexdigest(), f))
    return [f for _, f in sorted(rows)[:L3S_STORIES]]


def l3s_labels(shared, out_dir, part):
    """The L3S-GN1 part's stories and quote records."""
    return offset_labels(os.path.join(shared, L3S_GOLD), "l3s-labels.json", l3s_selection,
                         lambda raw: l3s_text(l3s_decode(raw)), "l3s", out_dir, part)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--quiet", action="store_true")
    all_parts = ["dev", "frozen", "own", "own-new", "own-new2", "dragnet-dev", "dragnet-check", "l3s-dev", "l3s-check"]
    ap.add_argument("--part", choices=all_parts, action="append")
    a = ap.parse_args()
    parts = a.part or all_parts
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
        # the check parts are for figures only: their misses are never printed
        for part, title, read_labels, figures_only in (
                ("dragnet-dev", "Dragnet 2012 news, development part", dragnet_labels, False),
                ("dragnet-check", "Dragnet 2012 news, check part (figures only)", dragnet_labels, True),
                ("l3s-dev", "L3S-GN1 2008 Google News, development part", l3s_labels, False),
                ("l3s-check", "L3S-GN1 2008 Google News, check part (figures only)", l3s_labels, True)):
            if part not in parts:
                continue
            part_dir = os.path.join(tmp, part)
            os.makedirs(part_dir)
            recs = read_labels(a.shared, part_dir, part)
            preds = os.path.join(tmp, part + ".jsonl")
            predict(part_dir, preds)
            results[part] = run_part(scorer, title, recs, preds, a.quiet or figures_only)
    print("\n===== summary =====")
    print("part          det.F1  1:1 P  spk.P strict  spk.R strict  spk.P surname  spk.R surname")
    for k, m in results.items():
        print(f"{k:13} {m['detection']['f1']:6.1f}  {m['one_to_one']['precision']:5.1f}  {m['speaker']['strict_precision']:12.1f}"
              f"  {m['speaker']['strict_recall']:12.1f}  {m['speaker']['lenient_precision']:13.1f}  {m['speaker']['lenient_recall']:13.1f}")


if __name__ == "__main__":
    main()
