-- $rows: SpeakerAlias fields.
insert into speaker_aliases (speaker_id, alias, alias_norm, n_attributions)
select r.speaker_id, r.alias, r.alias_norm, r.n_attributions
from (select unnest($rows) as r)
