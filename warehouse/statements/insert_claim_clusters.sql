-- $rows: ClaimCluster fields.
insert into claim_clusters (
    cluster_id, speaker_id, first_attribution_id, first_published_at, content, n_members, n_articles, n_outlets
)
select
    r.cluster_id, r.speaker_id, r.first_attribution_id, r.first_published_at, r.content,
    r.n_members, r.n_articles, r.n_outlets
from (select unnest($rows) as r)
