-- $rows: {attribution_id, speaker_id, position}.
insert into attribution_speakers (attribution_id, speaker_id, position)
select r.attribution_id, r.speaker_id, r.position
from (select unnest($rows) as r)
