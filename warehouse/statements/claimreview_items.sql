-- $min_confidence: double. One row per report of a claim by a named speaker (not anonymous, not
-- unresolved), for ClaimReview drafts; a cluster qualifies when its best report reaches the bar.
with reports as (
    select
        c.cluster_id,
        c.content as claim,
        c.first_published_at,
        c.first_attribution_id,
        s.name as speaker_name,
        s.speaker_type,
        w.outlet,
        w.url,
        w.published_at,
        w.attribution_id,
        w.confidence
    from who_said_what as w
    inner join claim_clusters as c using (cluster_id)
    inner join speakers as s on s.speaker_id = c.speaker_id
    where s.speaker_type in ('person', 'organization', 'media', 'place')
),

qualifying as (
    select cluster_id
    from reports
    group by cluster_id
    having max(coalesce(confidence, 0)) >= $min_confidence
),

final as (
    select reports.*
    from reports
    inner join qualifying using (cluster_id)
    order by reports.cluster_id, reports.published_at nulls last, reports.attribution_id
)

select * from final
