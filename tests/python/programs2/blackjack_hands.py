def hand_value(cards):
    total = 0
    aces = 0
    for c in cards:
        rank = c[:-1]
        if rank in ("J", "Q", "K"):
            total += 10
        elif rank == "A":
            total += 11
            aces += 1
        else:
            total += int(rank)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total, aces > 0

def describe(cards):
    v, soft = hand_value(cards)
    if len(cards) == 2 and v == 21:
        return "blackjack"
    if v > 21:
        return f"bust ({v})"
    return f"{'soft ' if soft else ''}{v}"

hands = [["AH", "KD"], ["10S", "7C"], ["AH", "AD", "9C"], ["5H", "6D", "QS"], ["KH", "QC", "2D"],
         ["AS", "6H"], ["AS", "6H", "10D"], ["2C", "3C", "4C", "5C", "6C"]]
for h in hands:
    print(f"{' '.join(h):<18} {describe(h)}")

def dealer_play(cards, shoe):
    cards = list(cards)
    while True:
        v, soft = hand_value(cards)
        if v > 17 or (v == 17 and not soft):
            return cards
        cards.append(shoe.pop(0))

shoe = ["4D", "AC", "2H", "9S", "KD", "3C", "5S"]
for start in (["6H", "10C"], ["AS", "6D"], ["10H", "7S"]):
    final = dealer_play(start, shoe)
    print(start, "->", final, describe(final))
def outcome(player, dealer):
    p, _ = hand_value(player)
    d, _ = hand_value(dealer)
    if p > 21:
        return "lose"
    if d > 21 or p > d:
        return "win"
    return "push" if p == d else "lose"
print(outcome(["10H", "9S"], ["10D", "8C"]), outcome(["10H", "5S", "9D"], ["2H"]), outcome(["9H", "9S"], ["10D", "8C"]))
