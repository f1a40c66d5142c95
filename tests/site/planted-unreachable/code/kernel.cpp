// The planted page's code (never compiled): it declares the markers whose
// names the page shows (site_check.py --source tests/site/planted-unreachable).
// [listing:root-shift]
double shifted(double x) { return x - 1; }
// [/listing:root-shift]
// [listing:stable-form]
double stable(double x) { return x; }
// [/listing:stable-form]
