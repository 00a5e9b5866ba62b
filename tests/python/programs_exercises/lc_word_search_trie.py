from typing import List


class TrieNode:
    __slots__ = ("children", "word")

    def __init__(self):
        self.children = {}
        self.word = None


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        R, C = len(board), len(board[0])

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < R and 0 <= c < C) or board[r][c] != word[i]:
                return False
            board[r][c] = "#"
            found = any(dfs(r + dr, c + dc, i + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
            board[r][c] = word[i]
            return found

        return any(dfs(r, c, 0) for r in range(R) for c in range(C))

    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = TrieNode()
        for w in words:
            node = root
            for ch in w:
                node = node.children.setdefault(ch, TrieNode())
            node.word = w
        found = []
        R, C = len(board), len(board[0])

        def dfs(r, c, node):
            ch = board[r][c]
            nxt = node.children.get(ch)
            if not nxt:
                return
            if nxt.word:
                found.append(nxt.word)
                nxt.word = None
            board[r][c] = "#"
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < R and 0 <= nc < C and board[nr][nc] != "#":
                    dfs(nr, nc, nxt)
            board[r][c] = ch

        for r in range(R):
            for c in range(C):
                dfs(r, c, root)
        return sorted(found)

    def replaceWords(self, roots: List[str], sentence: str) -> str:
        rs = set(roots)

        def short(w):
            return next((w[:i] for i in range(1, len(w) + 1) if w[:i] in rs), w)

        return " ".join(map(short, sentence.split()))


s = Solution()
board = [list("ABCE"), list("SFCS"), list("ADEE")]
print([s.exist(board, w) for w in ("ABCCED", "SEE", "ABCB", "")])
board2 = [list("oaan"), list("etae"), list("ihkr"), list("iflv")]
print(s.findWords(board2, ["oath", "pea", "eat", "rain", "oat"]))
print(s.replaceWords(["cat", "bat", "rat"], "the cattle was rattled by the battery"))
n = TrieNode()
try:
    n.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(TrieNode.__slots__, hasattr(n, "__dict__"), n.children, n.word)
