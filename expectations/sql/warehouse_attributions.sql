-- Every loaded attribution, in the shape of Attribution.to_row() plus article_id.
select
    attribution_id,
    article_id,
    article_id as doc,
    cue,
    cue_lemma,
    cue_start,
    cue_end,
    speaker,
    speaker_mention,
    speaker_start,
    speaker_end,
    speaker_type,
    content,
    start,
    "end",
    form,
    sentence,
    sentence_start,
    reported_via,
    confidence,
    notes
from attributions
order by attribution_id
