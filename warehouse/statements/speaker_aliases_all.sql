-- Every alias with its entity: `qawl who-said NAME` matches the name against these in Python
-- (spelling variants need the name-unit rules of tasks/core/entities.py, not SQL equality).
with final as (
    select
        a.speaker_id,
        a.alias,
        s.speaker_type,
        s.n_attributions
    from speaker_aliases as a
    inner join speakers as s using (speaker_id)
    where s.speaker_type in ('person', 'organization', 'media', 'place', 'group', 'anonymous')
)

select * from final
