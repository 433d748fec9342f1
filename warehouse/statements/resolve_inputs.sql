-- Every stored attribution with its article's outlet and date: the input of tasks/resolve.py.
with final as (
    select
        a.attribution_id,
        a.article_id,
        a.speaker,
        a.speaker_type,
        a.content,
        art.outlet,
        art.published_at
    from attributions as a
    left join articles as art using (article_id)
    order by a.article_id, a.start, a.cue_start
)

select * from final
