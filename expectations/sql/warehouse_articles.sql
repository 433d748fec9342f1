-- Every loaded article, in the shape the articles suite checks (ingest's article rows).
select
    article_id,
    outlet,
    url,
    published_at,
    title,
    text,
    content_hash
from articles
order by article_id
