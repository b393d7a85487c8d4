using Xunit;

// Accept-mode tests set the ARTICLEMODEL_ACCEPT_FIXTURES environment variable, which is process-wide.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
