update runs set
    finished_at = current_timestamp,
    articles_read = $articles_read,
    articles_loaded = $articles_loaded,
    attributions_extracted = $attributions_extracted,
    attributions_loaded = $attributions_loaded,
    rows_quarantined = $rows_quarantined,
    status = $status,
    batch_failures = $batch_failures,
    docs_path = $docs_path
where run_id = $run_id
