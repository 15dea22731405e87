# Holds the state lock for as long as a test wants: the apply's provisioner signals "holding" once terraform holds
# the lock, then waits for the test to create "release" (giving up after 60 s so nothing is left running).
resource "terraform_data" "hold" {
  provisioner "local-exec" {
    command = "touch holding; i=0; while [ ! -f release ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done"
  }
}
