def play(secret, guesses, max_misses=6):
    found, misses = set(), []
    for g in guesses:
        if g in found or g in misses:
            print(f"  {g}: already guessed")
            continue
        if g in secret:
            found.add(g)
        else:
            misses.append(g)
        shown = " ".join(c if c in found else "_" for c in secret)
        print(f"  {g}: {shown}  misses={''.join(misses)}")
        if all(c in found for c in secret):
            return f"won with {len(misses)} misses"
        if len(misses) >= max_misses:
            return f"lost; the word was {secret}"
    return "ran out of guesses"
print(play("python", "etaoinshp y"))
print(play("jazz", "eaiourstlnm"))
print(play("weft", "wf"))
