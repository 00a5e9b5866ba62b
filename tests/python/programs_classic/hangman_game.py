HANGMAN = ["", "O", "O\n|", "O\n/|", "O\n/|\\", "O\n/|\\\n/", "O\n/|\\\n/ \\"]


class Hangman:
    def __init__(self, word, lives=6):
        self.word = word.lower()
        self.lives = lives
        self.guessed = set()
        self.wrong = []

    @property
    def masked(self):
        return " ".join(c if c in self.guessed or not c.isalpha() else "_" for c in self.word)

    @property
    def won(self):
        return all(c in self.guessed for c in self.word if c.isalpha())

    def guess(self, letter):
        letter = letter.lower().strip()
        if len(letter) != 1 or not letter.isalpha():
            return f"invalid guess {letter!r}"
        if letter in self.guessed or letter in self.wrong:
            return f"already tried {letter}"
        if letter in self.word:
            self.guessed.add(letter)
            return f"yes! {self.word.count(letter)} x {letter}"
        self.wrong.append(letter)
        self.lives -= 1
        return f"no {letter}, {self.lives} lives left"


def play(word, letters):
    game = Hangman(word)
    print(f"=== new game: {len(word)} letters ===")
    for ch in letters:
        print(f"{ch!r:>5}: {game.guess(ch):<24} {game.masked}")
        if game.won:
            print("You win! Wrong guesses:", ", ".join(game.wrong) or "none")
            return True
        if game.lives <= 0:
            print("You lose; the word was", game.word)
            print(HANGMAN[6])
            return False
    print("Out of moves; picture so far:")
    print(HANGMAN[len(game.wrong)])
    return None


results = [
    play("python", "eaoptyhn"),
    play("ice-cream", ["E", "c", "c", "12", "", "r", "m", "a", "i"]),
    play("jazz", "eiostrlnu"),
    play("queue", "xq"),
]
print(results, results.count(True), [r is None for r in results])
