// One test kills and restarts a node: the others must not be reading from it at that moment.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
