-- $speaker_ids: varchar[]. What these speaker entities said, oldest first.
with final as (
    select
        speaker_name,
        published_at,
        outlet,
        cue,
        content,
        form,
        article_id,
        url,
        cluster_id,
        speaker_id,
        attribution_id
    from who_said_what
    where list_contains($speaker_ids, speaker_id)
    order by published_ts nulls last, article_id, start
)

select * from final
