-- $rows: list of article rows (tasks.ingest.article_row) plus run_id. A re-run keeps first_run_id.
insert into articles (
    article_id, outlet, url, published_at, title, text, content_hash, first_run_id, last_run_id
)
select
    r.article_id, r.outlet, r.url, r.published_at, r.title, r.text, r.content_hash, $run_id, $run_id
from (select unnest($rows) as r)
on conflict (article_id) do update set
    outlet = excluded.outlet,
    url = excluded.url,
    published_at = excluded.published_at,
    title = excluded.title,
    text = excluded.text,
    content_hash = excluded.content_hash,
    last_run_id = excluded.last_run_id
