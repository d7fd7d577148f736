-- The guessing floor of each answer's item (the answer event's guessFloor, revision 1.2): P(correct) of a blind pick
-- given the item's format, which caps what a right answer proves. Replays and refits must apply an answer with the
-- floor it was applied with live. Answers applied before this column existed, and events that do not say, count 0:
-- no floor, as the model had then (adding a column with a constant default rewrites nothing).
alter table answer add column guess_floor double precision not null default 0
    check (guess_floor >= 0 and guess_floor < 1);

-- The same floor of each replicated item (the item event's item.guessFloor), for choosing the next item. Items
-- replicated before this column count 0 until the item bank announces them again.
alter table catalog_item add column guess_floor double precision not null default 0
    check (guess_floor >= 0 and guess_floor < 1);
