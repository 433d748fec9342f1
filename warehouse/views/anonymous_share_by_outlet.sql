-- How much of each outlet's attributed speech rests on anonymous sources (مصادر، مسؤول فرنسي).
with per_outlet as (
    select
        coalesce(art.outlet, '(unknown outlet)') as outlet,
        count(*) as n_attributions,
        count(*) filter (where a.speaker_type = 'anonymous') as n_anonymous,
        count(distinct a.article_id) as n_articles
    from attributions as a
    left join articles as art using (article_id)
    group by 1
),

final as (
    select
        outlet,
        n_articles,
        n_attributions,
        n_anonymous,
        -- integer counts: divide as double, share in [0, 1]
        round(n_anonymous::double / n_attributions, 4) as anonymous_share
    from per_outlet
    order by anonymous_share desc, n_attributions desc
)

select * from final
