-- One row per attribution with its article's outlet, for `qawl export` ($min_confidence: double).
with final as (
    select
        a.article_id as doc,
        a.attribution_id,
        a.cue,
        a.cue_lemma,
        a.speaker,
        a.speaker_mention,
        a.speaker_type,
        a.content,
        a.form,
        a.start,
        a."end",
        a.reported_via,
        a.confidence,
        art.outlet,
        art.url,
        art.published_at,
        a.run_id
    from attributions as a
    left join articles as art using (article_id)
    where coalesce(a.confidence, 0) >= $min_confidence
    order by a.article_id, a.start, a.cue_start
)

select * from final
