#!/usr/bin/env python3
"""What a corpus resource holds, by part (docs/benchmarks.md, Issue 12, "Assembly size").

    scripts/resource-size.py obj/Release/net10.0/corpus/Corpus.X.Seeds.corpus [more.corpus ...]

Reads the header and section table of CorpusFormat (src/Corpus.Runtime/Storage/CorpusFormat.cs), format versions 1
(digit tables; data, table, names per article), 2 and 3 (binary tables; data, then table and names per article) and 4
(ids once in a fixed section; one entry per article: its data, then its table and file name back to back), and prints
each part's bytes and its ratio to the article text.
"""
import struct
import sys

FIXED = ["sorted ids", "sorted id table", "story groups", "clusters", "name table", "name strings",
         "index terms", "index term table", "index postings"]


def text_length(version, table):
    if version == 1:  # the second value of a digit table: width byte, then base-64 digits '0' + d
        width = table[0] - 48
        value = 0
        for digit in table[1 + width:1 + 2 * width]:
            value = (value << 6) | (digit - 48)
        return value if width == 6 else value - 1
    return struct.unpack_from("<I", table, 0)[0]  # version 2: header int 0


def table_length_v4(data, at):
    """ArticleTableFormat.Length, format 4: the header, then the records."""
    paragraphs, quotations, strings = struct.unpack_from("<3i", data, at + 12)
    paragraph_bits, quotation_bits, string_bits = struct.unpack_from("<BHB", data, at + 27)
    bits = 8 * (31 + 2 * 17) + paragraphs * paragraph_bits + quotations * quotation_bits + strings * string_bits
    return (bits + 7) // 8


def measure_v4(path, data, articles, sections):
    parts = dict.fromkeys(["article text", "stored after the text", "article tables", "file names (per article)",
                           "ids and id hash table", "story tables", "text index", "header and section table",
                           "alignment padding and tail"], 0)
    for a in range(articles):
        offset, data_length = sections[9 + a]
        end = sections[10 + a][0] if a + 1 < articles else len(data) - 8
        table = table_length_v4(data, offset + data_length)
        text = struct.unpack_from("<I", data, offset + data_length)[0]
        parts["article text"] += text
        parts["stored after the text"] += data_length - text
        parts["article tables"] += table
        parts["file names (per article)"] += end - offset - data_length - table
    parts["ids and id hash table"] = sections[0][1] + sections[1][1]
    parts["story tables"] = sum(sections[i][1] for i in range(2, 6))
    parts["text index"] = sum(sections[i][1] for i in range(6, 9))
    parts["header and section table"] = 24 + 8 * len(sections)
    parts["alignment padding and tail"] = len(data) - sum(parts.values())
    return parts


def measure(path):
    data = open(path, "rb").read()
    magic, version, _, _, articles, count = struct.unpack_from("<6i", data, 0)
    assert magic == 0x53505243, "not a corpus resource"
    sections = [struct.unpack_from("<2i", data, 24 + 8 * i) for i in range(count)]
    if version >= 4:
        report(path, version, articles, data, measure_v4(path, data, articles, sections))
        return
    parts = dict.fromkeys(["article text", "stored after the text", "article tables", "ids (per article)",
                           "ids (sorted, for Find)", "story tables", "text index", "header and section table",
                           "alignment padding"], 0)
    for a in range(articles):
        if version == 1:  # data, table, names
            (d_off, d_len), (t_off, t_len), (_, n_len) = sections[9 + 3 * a:12 + 3 * a]
        else:  # data, then the table followed by the names (ArticleTableFormat.Length)
            (d_off, d_len), (t_off, section) = sections[9 + 2 * a:11 + 2 * a]
            string_base, strings = struct.unpack_from("<I", data, t_off + 40)[0], struct.unpack_from("<i", data, t_off + 32)[0]
            string_bits = struct.unpack_from("<H", data, t_off + 48)[0]
            t_len = (string_base + strings * string_bits + 7) // 8 + 7
            n_len = section - t_len
        text = text_length(version, data[t_off:t_off + t_len])
        parts["article text"] += text
        parts["stored after the text"] += d_len - text
        parts["article tables"] += t_len
        parts["ids (per article)"] += n_len
    parts["ids (sorted, for Find)"] = sections[0][1] + sections[1][1]
    parts["story tables"] = sum(sections[i][1] for i in range(2, 6))
    parts["text index"] = sum(sections[i][1] for i in range(6, 9))
    parts["header and section table"] = 24 + 8 * count
    parts["alignment padding"] = len(data) - sum(length for _, length in sections) - parts["header and section table"]
    report(path, version, articles, data, parts)


def report(path, version, articles, data, parts):
    text = parts["article text"] or 1
    print(f"{path}: format {version}, {articles} articles, {len(data):,} bytes")
    for name, size in parts.items():
        print(f"  {name:28} {size:>12,} {size / text:7.3f}")
    overhead = sum(size for name, size in parts.items() if name not in ("article text", "story tables", "text index"))
    print(f"  {'tables + ids + headers':28} {overhead:>12,} {overhead / text:7.3f}")
    print(f"  {'(resource - index) / text':28} {len(data) - parts['text index']:>12,} {(len(data) - parts['text index']) / text:7.3f}")


for file in sys.argv[1:]:
    measure(file)
