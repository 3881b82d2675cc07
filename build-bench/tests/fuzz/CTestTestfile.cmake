# CMake generated Testfile for 
# Source directory: /work/main/tests/fuzz
# Build directory: /work/main/build-bench/tests/fuzz
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[fuzz_csvreader]=] "/work/main/build-bench/tests/fuzz/fuzz_csvreader" "/work/main/tests/fuzz/corpus/csvreader" "20000")
set_tests_properties([=[fuzz_csvreader]=] PROPERTIES  ENVIRONMENT "LC_ALL=C.UTF-8;QT_HASH_SEED=0" TIMEOUT "120" _BACKTRACE_TRIPLES "/work/main/tests/fuzz/CMakeLists.txt;34;add_test;/work/main/tests/fuzz/CMakeLists.txt;0;")
add_test([=[fuzz_fold]=] "/work/main/build-bench/tests/fuzz/fuzz_fold" "/work/main/tests/fuzz/corpus/fold" "5000")
set_tests_properties([=[fuzz_fold]=] PROPERTIES  ENVIRONMENT "LC_ALL=C.UTF-8;QT_HASH_SEED=0" TIMEOUT "120" _BACKTRACE_TRIPLES "/work/main/tests/fuzz/CMakeLists.txt;34;add_test;/work/main/tests/fuzz/CMakeLists.txt;0;")
add_test([=[fuzz_phone]=] "/work/main/build-bench/tests/fuzz/fuzz_phone" "/work/main/tests/fuzz/corpus/phone" "20000")
set_tests_properties([=[fuzz_phone]=] PROPERTIES  ENVIRONMENT "LC_ALL=C.UTF-8;QT_HASH_SEED=0" TIMEOUT "120" _BACKTRACE_TRIPLES "/work/main/tests/fuzz/CMakeLists.txt;34;add_test;/work/main/tests/fuzz/CMakeLists.txt;0;")
