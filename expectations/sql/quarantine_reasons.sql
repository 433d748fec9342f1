-- How many rows of a run each expectation sent to quarantine (a row failing two counts twice).
with reasons as (
    select
        table_name,
        unnest(failed_expectations) as expectation
    from quarantine
    where run_id = $run_id
),

final as (
    select
        table_name,
        expectation,
        count(*) as rows
    from reasons
    group by table_name, expectation
    order by rows desc, table_name, expectation
)

select * from final
