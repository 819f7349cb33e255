partial class Build
{
    IEnumerable<Project> ITest.TestProjects => From<IHazSolution>().Solution.GetAllProjects("*.Tests");

    // The test projects ran side by side when the solution was tested as a whole; they still do.
    int ITest.TestDegreeOfParallelism => 3;
}
