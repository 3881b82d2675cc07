app/quarry-cli_autogen/timestamp: \
  /work/main/app/CMakeLists.txt \
  /work/main/app/cli/cli.cpp \
  /work/main/app/cli/cli.h \
  /work/main/app/cli/commands_activity.cpp \
  /work/main/app/cli/commands_admin.cpp \
  /work/main/app/cli/commands_demo.cpp \
  /work/main/app/cli/commands_io.cpp \
  /work/main/app/cli/commands_lead.cpp \
  /work/main/app/cli/commands_mail.cpp \
  /work/main/app/cli/commands_partner.cpp \
  /work/main/app/cli/commands_workflow.cpp \
  /work/main/app/cli/main.cpp \
  /usr/bin/cmake
