-- $speaker_ids: varchar[]. A speaker's claims by cluster, outlet by outlet: clusters reported by
-- the most outlets first, and inside a cluster the first appearance first.
with members as (
    select
        w.cluster_id,
        c.n_outlets,
        c.n_members,
        c.first_published_at,
        w.speaker_name,
        w.outlet,
        w.published_at,
        w.published_ts,
        w.content as wording,
        w.article_id,
        w.url,
        w.similarity,
        w.attribution_id
    from who_said_what as w
    inner join claim_clusters as c using (cluster_id)
    where list_contains($speaker_ids, w.speaker_id)
),

final as (
    select * exclude (published_ts)
    from members
    order by n_outlets desc, n_members desc, first_published_at nulls last, cluster_id,
        published_ts nulls last, outlet
)

select * from final
