-- A re-run of an article replaces all of its attributions: delete them first ($article_ids: list).
delete from attributions where list_contains($article_ids, article_id)
