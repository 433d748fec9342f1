-- The run `qawl report` describes: the one asked for ($run_id), else the latest started.
select
    run_id,
    status,
    started_at,
    finished_at,
    articles_read,
    articles_loaded,
    attributions_extracted,
    attributions_loaded,
    rows_quarantined,
    batch_failures,
    docs_path
from runs
where $run_id is null or run_id = $run_id
order by started_at desc
limit 1
