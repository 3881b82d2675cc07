core/quarry_core_resources_1_autogen/timestamp: \
  /usr/lib/x86_64-linux-gnu/cmake/Qt6Core/Qt6CoreConfigureFileTemplate.in \
  /work/main/core/CMakeLists.txt \
  /usr/bin/cmake
