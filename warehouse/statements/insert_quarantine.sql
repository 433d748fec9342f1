-- $rows: structs of (table_name, row_key, row_json, failed_expectations).
insert into quarantine (run_id, table_name, row_key, "row", failed_expectations)
select $run_id, q.table_name, q.row_key, q.row_json::json, q.failed_expectations
from (select unnest($rows) as q)
