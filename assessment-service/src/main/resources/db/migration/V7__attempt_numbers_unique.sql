-- A learner's attempts at an item are numbered 1, 2, 3... by whichever writer stores them. Two writers (two
-- threads or two instances) counting the same learner's attempts at the same moment could both choose the same
-- number; this index makes the second one fail and count again, so every number is given once.

-- Databases written before this index may already hold such twins: number each learner's attempts at an item
-- again in the order they were stored, so that the index can be built.
with numbered as (
    select id, row_number() over (partition by learner_id, item_id
                                  order by attempt_number, recorded_at, id) as n
    from attempt
)
update attempt a set attempt_number = numbered.n
from numbered
where a.id = numbered.id and a.attempt_number <> numbered.n;

create unique index attempt_number_per_item on attempt (learner_id, item_id, attempt_number);
-- The new index starts with the same two columns, so it serves every lookup the old one did.
drop index attempt_by_learner_item;
