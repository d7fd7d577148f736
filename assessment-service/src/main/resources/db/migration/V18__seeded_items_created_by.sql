-- Every seeded item says it was seeded: V3 and V4 wrote created_by 'seed', V2 and the rewrite (V10 onwards) left it
-- empty. Items written through the API always carry their author, so an empty created_by is a seeded item.
update item set created_by = 'seed' where created_by is null;
