-- Entities and clusters are recomputed over everything stored: clear them before writing.
delete from claim_members;
delete from claim_clusters;
delete from attribution_speakers;
delete from speaker_aliases;
delete from speakers;
