"""The catalogue page: searchable, paged course cards."""
