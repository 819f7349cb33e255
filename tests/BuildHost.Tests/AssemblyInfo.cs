// Runs share Serilog's static Log and NukeBuild's static root, as a real build process does.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
