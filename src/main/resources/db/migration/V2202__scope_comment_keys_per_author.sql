-- A posting key is unique per author: another member's key is not a collision.
drop index ux_comment_idempotency;
create unique index ux_comment_author_key on comment (author_id, idempotency_key);
