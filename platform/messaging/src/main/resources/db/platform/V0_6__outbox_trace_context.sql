-- The trace an event was recorded in (W3C trace context as JSON), so that its consumers' spans join the request's trace.
alter table outbox_event add column trace_context text;
