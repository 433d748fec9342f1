-- Who said what: every attribution with its speaker entity, claim cluster, outlet and date.
with attributed as (
    select
        a.attribution_id,
        a.article_id,
        a.speaker as speaker_as_written,
        a.speaker_mention,
        a.speaker_type,
        a.cue,
        a.cue_lemma,
        a.content,
        a.form,
        a.reported_via,
        a.confidence,
        a.start
    from attributions as a
),

with_entity as (
    select
        attributed.*,
        s.speaker_id,
        s.name as speaker_name
    from attributed
    left join attribution_speakers as link using (attribution_id)
    left join speakers as s on s.speaker_id = link.speaker_id
),

memberships as (
    -- an attribution with two speakers sits in one cluster per speaker
    select
        m.attribution_id,
        m.cluster_id,
        m.similarity,
        c.speaker_id
    from claim_members as m
    inner join claim_clusters as c using (cluster_id)
),

with_cluster as (
    select
        with_entity.*,
        memberships.cluster_id,
        memberships.similarity
    from with_entity
    left join memberships using (attribution_id, speaker_id)
),

final as (
    select
        w.speaker_id,
        w.speaker_name,
        w.speaker_type,
        w.speaker_as_written,
        w.speaker_mention,
        w.cue,
        w.cue_lemma,
        w.content,
        w.form,
        w.reported_via,
        w.confidence,
        w.cluster_id,
        w.similarity,
        w.article_id,
        art.outlet,
        art.url,
        art.title,
        art.published_at,
        -- published_at is stored as given (ISO 8601 with offset); null where unparsable
        try_cast(art.published_at as timestamptz) as published_ts,
        w.attribution_id,
        w.start
    from with_cluster as w
    left join articles as art using (article_id)
)

select * from final
