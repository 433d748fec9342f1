-- $rows: Attribution.to_row() dicts; `doc` becomes article_id.
insert into attributions (
    attribution_id, article_id, run_id, cue, cue_lemma, cue_start, cue_end,
    speaker, speaker_mention, speaker_start, speaker_end, speaker_type,
    content, start, "end", form, sentence, sentence_start, reported_via, confidence, notes
)
select
    r.attribution_id, r.doc, $run_id, r.cue, r.cue_lemma, r.cue_start, r.cue_end,
    r.speaker, r.speaker_mention, r.speaker_start, r.speaker_end, r.speaker_type,
    r.content, r.start, r."end", r.form, r.sentence, r.sentence_start, r.reported_via,
    r.confidence, r.notes
from (select unnest($rows) as r)
