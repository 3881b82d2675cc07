ui/quarry_ui_resources_2_autogen/timestamp: \
  /usr/lib/x86_64-linux-gnu/cmake/Qt6Core/Qt6CoreConfigureFileTemplate.in \
  /work/main/ui/CMakeLists.txt \
  /usr/bin/cmake
