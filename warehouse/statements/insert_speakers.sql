-- $rows: SpeakerEntity fields; $run_id: the resolving run.
insert into speakers (speaker_id, name, speaker_type, n_attributions, n_articles, run_id)
select r.speaker_id, r.name, r.speaker_type, r.n_attributions, r.n_articles, $run_id
from (select unnest($rows) as r)
