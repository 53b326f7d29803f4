// Linked with one layer's library whole (see migc_layer_check in CMakeLists.txt):
// it builds only when that layer needs nothing from the layers above it.
int main() { return 0; }
