"""Dict and str workload: word counting, string building, join/split, formatting."""
import sys

WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud "
         "exercitation ullamco laboris nisi aliquip ex ea commodo consequat").split()


def make_text(n):
    state = 7
    out = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = WORDS[state % len(WORDS)]
        if state % 11 == 0:
            word = word.capitalize()
        out.append(word)
        if state % 17 == 0:
            out.append("\n")
    return " ".join(out)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip().lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(text):
    words = text.lower().split()
    pairs = {}
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


def render(counts):
    lines = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("%-16s %6d %s" % (word, n, f"{n / 1000:.3f}"))
    return "\n".join(lines)


def main(n, rounds):
    checksum = 0
    for r in range(rounds):
        text = make_text(n)
        counts = count_words(text)
        pairs = bigrams(text)
        report = render(counts)
        index = {}
        for i, word in enumerate(text.split()):
            index.setdefault(word[0], []).append(i)
        upper = text.upper().replace("LOREM", "L").count("L")
        checksum = (checksum + len(report) + len(pairs) + sum(len(v) for v in index.values()) + upper) % 1000000007
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("words %d, distinct %d, top %s, checksum %d" % (sum(counts.values()), len(counts), top, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000, int(sys.argv[2]) if len(sys.argv) > 2 else 12)
