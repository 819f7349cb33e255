enum Configuration
{
    Debug,
    Release,
}
