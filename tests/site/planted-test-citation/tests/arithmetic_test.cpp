// The test file of the planted page: one test case, never compiled.
TEST_CASE("the sum of two and two is four")
{
    CHECK(2 + 2 == 4);
}
