// The I/O floor of issue 14: what any tool must at least do with a project:
// list versions/, sort the names, read every file, write all bytes to stdout.
//
//   bench_io_floor DIR > /dev/null
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::string dir = argv[1];
    std::vector<std::string> names;
    DIR* d = opendir(dir.c_str());
    if (!d) return 1;
    while (dirent* e = readdir(d))
        if (e->d_name[0] != '.') names.emplace_back(e->d_name);
    closedir(d);
    std::sort(names.begin(), names.end());
    std::string out;
    for (const auto& name : names) {
        int fd = open((dir + "/" + name).c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return 1;
        struct stat st {};
        fstat(fd, &st);
        std::size_t at = out.size();
        out.resize(at + static_cast<std::size_t>(st.st_size));
        ssize_t n = read(fd, out.data() + at, static_cast<std::size_t>(st.st_size));
        close(fd);
        if (n < 0) return 1;
        out.resize(at + static_cast<std::size_t>(n));
    }
    for (std::size_t at = 0; at < out.size();) {
        ssize_t n = write(STDOUT_FILENO, out.data() + at, out.size() - at);
        if (n <= 0) return 1;
        at += static_cast<std::size_t>(n);
    }
    return 0;
}
