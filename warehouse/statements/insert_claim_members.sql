-- $rows: ClaimMember fields.
insert into claim_members (attribution_id, cluster_id, similarity)
select r.attribution_id, r.cluster_id, r.similarity
from (select unnest($rows) as r)
