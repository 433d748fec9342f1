-- Every claim cluster with its speaker and outlets: `qawl claims --about TEXT` filters these on
-- normalised text in Python (Arabic spelling variants: الهدنة / الهدنه, أكد / اكد).
with outlets as (
    select
        cluster_id,
        list(distinct outlet order by outlet) filter (where outlet is not null) as outlets
    from who_said_what
    where cluster_id is not null
    group by cluster_id
),

final as (
    select
        c.cluster_id,
        s.name as speaker_name,
        s.speaker_type,
        c.first_published_at,
        c.n_outlets,
        c.n_members,
        coalesce(o.outlets, []) as outlets,
        c.content
    from claim_clusters as c
    inner join speakers as s using (speaker_id)
    left join outlets as o using (cluster_id)
    order by c.n_outlets desc, c.n_members desc, c.first_published_at nulls last
)

select * from final
